package org.projectdesk.web.supervision;

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
import org.projectdesk.supervision.boundary.Inbox;
import org.projectdesk.supervision.boundary.NoticeText;
import org.projectdesk.supervision.boundary.NoticeView;

/** The signed-in user's inbox: notices newest first, paged; mark one or all read. */
@Named
@ViewScoped
public class NoticesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Inbox inbox;

    @Inject
    FacesContext faces;

    private final LazyDataModel<NoticeView> notices = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) inbox.page(0, 1).total();
        }

        @Override
        public List<NoticeView> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return inbox.page(first / size, size).items();
        }

        @Override
        public String getRowKey(NoticeView notice) {
            return String.valueOf(notice.id());
        }
    };

    public LazyDataModel<NoticeView> getNotices() {
        return notices;
    }

    public String text(NoticeView notice) {
        return NoticeText.of(notice, faces.getViewRoot().getLocale());
    }

    public Long meetingId(NoticeView notice) {
        return NoticeText.meetingId(notice);
    }

    /** The town's referral a referral notice is about, for a link to it; null for any other notice. */
    public Long referralId(NoticeView notice) {
        return NoticeText.referralId(notice);
    }

    public void markRead(long id) {
        inbox.markRead(id);
    }

    public void markAllRead() {
        inbox.markAllRead();
    }
}
