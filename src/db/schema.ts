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
  auto_approve_followers: ColumnType<boolean, boolean | undefined, boolean>;
  /** Listed in directories and suggestions (ActivityPub `discoverable`): off until the owner opts in. */
  discoverable: ColumnType<boolean, boolean | undefined, boolean>;
  /** Public posts may be indexed for search (`indexable`; no `noindex` on the pages): off until the owner opts in. */
  indexable: ColumnType<boolean, boolean | undefined, boolean>;
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
  federated_at: NullableTimestamp;
  /** The author asks mentors for feedback on this post. */
  feedback_requested: ColumnType<boolean, boolean | undefined, boolean>;
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

/** "policy": the scan found nothing, but the institution's review policy holds the post for a reviewer. */
export type VerdictBasis = "detector" | "review" | "policy";
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
  /** A reply from the fediverse: its author's actor URI, its object id and page. */
  remote_actor_id: ColumnType<string | null, string | null | undefined, string | null>;
  remote_object_id: ColumnType<string | null, string | null | undefined, string | null>;
  remote_url: ColumnType<string | null, string | null | undefined, string | null>;
  in_reply_to_comment_id: ColumnType<string | null, string | null | undefined, string | null>;
  updated_at: NullableTimestamp;
  /** From an approved follower who is faculty, or whom the author marked as a mentor. */
  is_feedback: ColumnType<boolean, boolean | undefined, boolean>;
}

export type FollowState = "pending" | "accepted" | "rejected";
export type DeliveryState = "delivered" | "retrying" | "failed";

export interface ActorKeysTable {
  owner: string;
  algorithm: "RSASSA-PKCS1-v1_5" | "Ed25519";
  private_jwk: ColumnType<JsonWebKey, string, string>;
  public_jwk: ColumnType<JsonWebKey, string, string>;
  created_at: CreatedAt;
}

export interface RemoteActorsTable {
  id: string;
  handle: string | null;
  name: string | null;
  url: string | null;
  inbox: string;
  shared_inbox: string | null;
  host: string;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** A follow between a local user and a remote actor, in either direction. */
interface FollowRelation {
  id: string;
  user_id: string;
  actor_id: string;
  follow_activity_id: string;
  state: FollowState;
  created_at: CreatedAt;
  decided_at: NullableTimestamp;
}

/** A remote actor following a local user. */
export interface FollowsTable extends FollowRelation {
  is_mentor: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface InteractionsTable {
  activity_id: string;
  kind: "like" | "announce";
  post_id: string;
  actor_id: string;
  created_at: CreatedAt;
}

export interface ReportsTable {
  id: string;
  activity_id: string;
  reporter_actor_id: string;
  target_user_id: string | null;
  object_ids: ColumnType<string[], string, string>;
  comment: ColumnType<string, string | undefined, string>;
  state: ColumnType<"open" | "resolved", "open" | "resolved" | undefined, "open" | "resolved">;
  created_at: CreatedAt;
}

export interface DomainBlocksTable {
  host: string;
  reason: ColumnType<string, string | undefined, string>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface DeliveriesTable {
  id: Generated<number>;
  post_id: string | null;
  activity_id: string;
  activity_type: string;
  inbox: string;
  state: DeliveryState;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
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

/** A local user following a remote actor. */
export type FollowingTable = FollowRelation;

export interface ReaderItemsTable {
  id: string;
  user_id: string;
  object_id: string;
  actor_id: string;
  type: string;
  name: string | null;
  summary: string | null;
  content_html: string;
  url: string | null;
  visibility: "public" | "unlisted" | "followers" | "direct";
  published_at: NullableTimestamp;
  updated_at: NullableTimestamp;
  received_at: CreatedAt;
  feedback_requested: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: string;
  subject_type: string;
  subject_id: string;
  actor: string | null;
  text: string;
  url: string | null;
  read_at: NullableTimestamp;
  created_at: CreatedAt;
}

export interface SentRepliesTable {
  id: string;
  user_id: string;
  in_reply_to: string;
  to_actor: string;
  body: string;
  visibility: string;
  created_at: CreatedAt;
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
  actor_keys: ActorKeysTable;
  remote_actors: RemoteActorsTable;
  follows: FollowsTable;
  interactions: InteractionsTable;
  reports: ReportsTable;
  domain_blocks: DomainBlocksTable;
  deliveries: DeliveriesTable;
  fedify_kv: FedifyKvTable;
  fedify_messages: FedifyMessagesTable;
  following: FollowingTable;
  reader_items: ReaderItemsTable;
  notifications: NotificationsTable;
  sent_replies: SentRepliesTable;
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

/** Fedify's key–value store: the KvKey array as canonical JSON, and its value (src/federation/kv-store.ts). */
export interface FedifyKvTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  expires_at: NullableTimestamp;
}

/** Fedify's durable message queue (src/federation/message-queue.ts). */
export interface FedifyMessagesTable {
  id: string;
  /** Enqueue order (bigint identity; `pg` reads int8 as a string). */
  seq: ColumnType<string, never, never>;
  message: ColumnType<unknown, string, string>;
  ordering_key: string | null;
  /** Messages of one lane (a delivery's receiving host) run one at a time across all workers. */
  lane: ColumnType<string | null, string | null | undefined, string | null>;
  run_at: ColumnType<Date, Date | string | undefined, Date | string>;
  attempts: ColumnType<number, number | undefined, number>;
  locked_until: NullableTimestamp;
  locked_by: ColumnType<string | null, string | null | undefined, string | null>;
  last_error: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
}
