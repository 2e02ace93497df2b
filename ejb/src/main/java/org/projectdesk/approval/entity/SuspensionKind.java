package org.projectdesk.approval.entity;

/** Why a matter's clock stands still. */
public enum SuspensionKind {
    /** 补正: materials missing, all of them notified at once; the applicant supplies them. */
    SUPPLEMENT,
    /** 特别程序 (行政许可法 §45): hearing, testing, inspection, appraisal, expert review…, not counted in the limit. */
    SPECIAL_PROCEDURE
}
