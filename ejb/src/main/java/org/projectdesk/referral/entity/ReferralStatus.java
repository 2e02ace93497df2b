package org.projectdesk.referral.entity;

/** Where a referral stands: waiting for the office, taken in as a service file, or returned to the town. */
public enum ReferralStatus {
    WAITING,
    TAKEN_IN,
    RETURNED
}
