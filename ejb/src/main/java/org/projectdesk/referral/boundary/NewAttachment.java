package org.projectdesk.referral.boundary;

import java.io.InputStream;

/** A file arriving with a referral: the name it was given and its content, read once. */
public record NewAttachment(String fileName, InputStream content) {
}
