package org.projectdesk.supervision.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;
import java.util.logging.Logger;
import org.projectdesk.shared.control.Settings;
import org.projectdesk.supervision.boundary.NoticeText;
import org.projectdesk.supervision.boundary.NoticeView;

/**
 * Sends notices by e-mail through the server's Jakarta Mail session {@code java:jboss/mail/ProjectDesk}
 * (SMTP host and port from {@code PROJECTDESK_SMTP_HOST}/{@code _PORT}); off unless
 * {@code PROJECTDESK_MAIL_ENABLED=true}. Text in Chinese first, English below.
 */
@ApplicationScoped
public class MailOutbox implements NoticeChannel {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @Resource(lookup = "java:jboss/mail/ProjectDesk")
    Session mail;

    @Override
    public String name() {
        return "email";
    }

    @Override
    public boolean enabled() {
        return Settings.getBoolean("projectdesk.mail.enabled", false);
    }

    @Override
    public boolean deliver(NoticeView notice, String address) {
        try {
            MimeMessage message = new MimeMessage(mail);
            // The sender is the mail session's "from" (PROJECTDESK_MAIL_FROM).
            message.setFrom();
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(address, true));
            message.setSubject(NoticeText.subject(notice, Locale.SIMPLIFIED_CHINESE), StandardCharsets.UTF_8.name());
            message.setText(NoticeText.of(notice, Locale.SIMPLIFIED_CHINESE) + "\n\n" + NoticeText.of(notice, Locale.ENGLISH)
                    + "\n", StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
            return true;
        } catch (MessagingException e) {
            // The notice, not the address: the log must not keep people's e-mail addresses.
            LOG.warning(() -> "Notice " + notice.id() + " could not be mailed: " + e.getMessage());
            return false;
        }
    }
}
