package org.projectdesk.acceptance.boundary;

import java.time.LocalDate;
import org.projectdesk.acceptance.entity.PledgeParty;

/** A written pledge on an item: who pledges, what, and by which day. */
public record PledgeRecord(PledgeParty party, String itemCode, String text, LocalDate dueOn) {
}
