import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

/** Timestamps: read as Date, written as Date or ISO string, defaulted by the database. */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type Role = "student" | "faculty" | "admin";
export type Visibility = "public" | "unlisted" | "followers" | "private";
export type PostState = "draft" | "held" | "published" | "deleted";
export type ConsentBasis = "no-patient-information" | "fictionalised" | "patient-consent";
export type CommentState = "visible" | "held" | "removed";
export type VerdictOutcome = "cleared" | "held";

/** What a verdict keeps of a finding: where and what kind, never the matched text. */
export interface StoredFinding {
  field: string;
  start: number;
  end: number;
  type: string;
}

export interface InstanceSettingsTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_at: CreatedAt;
}

export interface UsersTable {
  id: string;
  handle: string;
  display_name: string;
  bio: ColumnType<string, string | undefined, string>;
  role: Role;
  password_hash: string;
  created_at: CreatedAt;
  disabled_at: NullableTimestamp;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface AccessTokensTable {
  id: string;
  user_id: string;
  token_hash: string;
  name: string;
  created_at: CreatedAt;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface InvitationsTable {
  id: string;
  token_hash: string;
  role: Role;
  created_by: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
  used_by: string | null;
}

export interface SignInAttemptsTable {
  id: Generated<number>;
  handle: string;
  ip: string;
  succeeded: boolean;
  attempted_at: CreatedAt;
}

export interface PostsTable {
  id: string;
  author_id: string;
  visibility: Visibility;
  state: PostState;
  current_version_id: string | null;
  /** The last version the gate cleared: the only one anyone but the author may see. */
  cleared_version_id: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  published_at: NullableTimestamp;
  deleted_at: NullableTimestamp;
}

export interface PostVersionsTable {
  id: string;
  post_id: string;
  number: number;
  title: string;
  summary: string;
  body: string;
  tags: string[];
  language: string;
  reflection_model: string;
  content_hash: string;
  created_at: CreatedAt;
}

export interface PrivacyVerdictsTable {
  id: string;
  post_version_id: string;
  content_hash: string;
  detector_version: string;
  outcome: VerdictOutcome;
  findings: ColumnType<StoredFinding[], string, string>;
  /** HMAC over (version, hash, detector, outcome, basis): a verdict row nobody but the gate can forge. */
  seal: string;
  /** "detector": the detector found nothing; "review": a reviewer approved this exact version. */
  basis: ColumnType<VerdictBasis, VerdictBasis | undefined, never>;
  review_id: ColumnType<string | null, string | null | undefined, never>;
  created_at: CreatedAt;
}

export type VerdictBasis = "detector" | "review";
export type ReviewDecision = "approved" | "returned";

export interface ReviewsTable {
  id: string;
  post_id: string;
  post_version_id: string;
  content_hash: string;
  requested_by: string;
  requested_at: CreatedAt;
  author_note: ColumnType<string, string | undefined, string>;
  consent_record_id: string | null;
  decision: ReviewDecision | null;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  reviewer_comment: string | null;
}

export interface ConsentRecordsTable {
  id: string;
  post_id: string;
  post_version_id: string | null;
  basis: ConsentBasis;
  reference: string | null;
  recorded_by: string;
  created_at: CreatedAt;
}

export interface CommentsTable {
  id: string;
  post_id: string;
  author_id: string | null;
  body: string;
  state: CommentState;
  findings: ColumnType<StoredFinding[], string | undefined, string>;
  created_at: CreatedAt;
  approved_by: ColumnType<string | null, string | null | undefined, string | null>;
  /** The SHA-256 of the exact text a moderator released. */
  approved_hash: ColumnType<string | null, string | null | undefined, string | null>;
  decided_at: NullableTimestamp;
}

export interface AuditEventsTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
}

export interface Database {
  instance_settings: InstanceSettingsTable;
  users: UsersTable;
  sessions: SessionsTable;
  access_tokens: AccessTokensTable;
  invitations: InvitationsTable;
  sign_in_attempts: SignInAttemptsTable;
  posts: PostsTable;
  post_versions: PostVersionsTable;
  privacy_verdicts: PrivacyVerdictsTable;
  consent_records: ConsentRecordsTable;
  comments: CommentsTable;
  audit_events: AuditEventsTable;
  reviews: ReviewsTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type Post = Selectable<PostsTable>;
export type PostUpdate = Updateable<PostsTable>;
export type PostVersion = Selectable<PostVersionsTable>;
export type PrivacyVerdictRow = Selectable<PrivacyVerdictsTable>;
export type ConsentRecord = Selectable<ConsentRecordsTable>;
export type Comment = Selectable<CommentsTable>;
export type Review = Selectable<ReviewsTable>;
