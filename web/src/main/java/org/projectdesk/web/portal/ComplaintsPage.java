package org.projectdesk.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.projectdesk.portal.boundary.ComplaintPage;
import org.projectdesk.portal.boundary.ComplaintView;
import org.projectdesk.portal.boundary.Complaints;
import org.projectdesk.portal.boundary.RatingSummary;
import org.projectdesk.portal.boundary.RatingView;
import org.projectdesk.portal.boundary.Ratings;
import org.projectdesk.portal.entity.ComplaintStatus;
import org.projectdesk.web.shell.Attempt;
import org.projectdesk.web.shell.Messages;

/**
 * The director's complaints and ratings (portal/complaints.xhtml): complaints paged, open first,
 * each answered in a dialog; the ratings summarised (count, average, stars) and paged.
 */
@Named
@ViewScoped
public class ComplaintsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Complaints complaints;

    @EJB
    Ratings ratings;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private ComplaintStatus status = ComplaintStatus.OPEN;
    private ComplaintView chosen;
    private String answer;
    private RatingSummary summary;
    private final LazyDataModel<ComplaintView> rows = new Rows();
    private final LazyDataModel<RatingView> ratingRows = new RatingRows();

    @PostConstruct
    void load() {
        summary = ratings.summary(0, 1);
    }

    private final class Rows extends LazyDataModel<ComplaintView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) complaints.list(status, 0, 1).total();
        }

        @Override
        public List<ComplaintView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            ComplaintPage page = complaints.list(status, first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ComplaintView complaint) {
            return String.valueOf(complaint.id());
        }
    }

    private final class RatingRows extends LazyDataModel<RatingView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) ratings.summary(0, 1).count();
        }

        @Override
        public List<RatingView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            RatingSummary page = ratings.summary(first / pageSize, pageSize);
            setRowCount((int) page.count());
            return page.items();
        }

        @Override
        public String getRowKey(RatingView rating) {
            return rating.fileNo();
        }
    }

    public void choose(ComplaintView complaint) {
        chosen = complaint;
        answer = null;
    }

    public void answer() {
        if (chosen != null && Attempt.run(faces, messages, () -> complaints.answer(chosen.id(), chosen.version(), answer),
                messages.text("complaints.answered"))) {
            chosen = null;
        }
    }

    public ComplaintStatus[] getStatuses() { return ComplaintStatus.values(); }
    public ComplaintStatus getStatus() { return status; }
    public void setStatus(ComplaintStatus status) { this.status = status; }
    public ComplaintView getChosen() { return chosen; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public RatingSummary getSummary() { return summary; }
    public LazyDataModel<ComplaintView> getRows() { return rows; }
    public LazyDataModel<RatingView> getRatingRows() { return ratingRows; }
}
