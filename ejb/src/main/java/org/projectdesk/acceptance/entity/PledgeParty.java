package org.projectdesk.acceptance.entity;

/** Who pledges to put a paperwork shortfall right: the builder, or the local (town) government beside it. */
public enum PledgeParty {
    BUILDER,
    TOWN
}
