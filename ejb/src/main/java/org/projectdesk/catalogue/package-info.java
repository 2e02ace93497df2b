/**
 * The approval catalogue: the departments that grant approvals and, per version, the categories of
 * approval with their statutory, promised and green-channel limits, prerequisites, materials and the
 * "five disclosures". A change never edits a version: it makes a new one with an effective date, so
 * a project planned under one version keeps its limits when the catalogue changes later.
 */
package org.projectdesk.catalogue;
