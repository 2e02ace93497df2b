package org.projectdesk.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A dated entry of the construction tracking file (项目建设跟踪服务档案): a progress note or a milestone. */
@Embeddable
public class ProgressNote {

    public enum Kind { NOTE, MILESTONE }

    @Column(name = "noted_on", nullable = false)
    private LocalDate on;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Kind kind;

    @Size(max = 1000)
    @Column(name = "text", nullable = false, length = 1000)
    private String text;

    @Size(max = 64)
    @Column(name = "author", nullable = false, length = 64)
    private String author;

    protected ProgressNote() {
    }

    ProgressNote(LocalDate on, Kind kind, String text, String author) {
        this.on = on;
        this.kind = kind;
        this.text = text;
        this.author = author;
    }

    public LocalDate getOn() {
        return on;
    }

    public Kind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }
}
