/**
 * The green channel (绿色通道) of "Haimen speed": an officer proposes a project, the director grants
 * or refuses with a reason; a granted project's matters run on their green-channel limits, in
 * parallel, with simulated approvals where the land is not yet held, towards an 18–22 working-day
 * window; and the extended-hours and overtime services (延时/加班服务) departments give for it.
 */
package org.projectdesk.greenchannel;
