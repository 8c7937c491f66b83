/** Kinds of identifier the detector can report. */
export type FindingType =
  | "NAME"
  | "DATE"
  | "AGE"
  | "ID"
  | "PHONE"
  | "EMAIL"
  | "ADDRESS"
  | "LOCATION"
  | "FACILITY_ROOM"
  | "URL"
  | "IP"
  | "DEVICE"
  | "OTHER";

/** One piece of text the gate scans, named by where it came from ("title", "body", "tags[0]"…). */
export interface ScannedField {
  field: string;
  text: string;
}

/** One identifier found in a field. Offsets are UTF-16 indices into the field's ORIGINAL text. */
export interface Finding {
  field: string;
  start: number;
  end: number;
  type: FindingType;
  text: string;
  reason: string;
  suggestion: string;
  /** Whether the finding would not hold the text by itself; set only while measuring (detect.ts setReportSoftness). */
  soft?: boolean;
}

/**
 * A match produced by a pattern module, in NORMALISED-text coordinates. `priority`
 * decides which of two overlapping candidates survives (higher wins; then longer).
 */
export interface Candidate {
  start: number;
  end: number;
  type: FindingType;
  reason: string;
  suggestion: string;
  priority: number;
  /**
   * v9: found in a sentence about the author's own work, study or training with no patient in it. Reported only when
   * the same text also has a finding that is not soft, so a post about a patient keeps its workplace hospital while a
   * post about the writer's career is not held for it.
   */
  soft?: boolean;
}

/** Options for a scan. */
export interface ScanOptions {
  /**
   * Names known NOT to be patients (the author's display name and handle, instance staff).
   * A name made only of these words is never flagged. Case-insensitive; "@handle" allowed.
   */
  readonly nonPatientNames?: readonly string[];
}

/** A pattern module: reads the normalised text, returns candidates. Must be linear time. */
export type Detector = (text: string, options: ScanOptions) => Candidate[];
