package org.projectdesk.web.referral;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.projectdesk.referral.boundary.ReferralFilter;
import org.projectdesk.referral.boundary.ReferralSummary;
import org.projectdesk.referral.boundary.Referrals;
import org.projectdesk.referral.entity.ReferralStatus;

/**
 * 项目推荐: the referrals the caller may see, lazy and paged, the waiting ones first with their lights and
 * working days left, the most urgent first, then the decided (a returned one with its reason). The boundary
 * narrows a town to its own.
 */
@Named
@ViewScoped
public class ReferralListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Referrals referrals;

    private ReferralStatus status;
    private String town;

    private final LazyDataModel<ReferralSummary> rows = new Rows();

    private ReferralFilter filter() {
        return new ReferralFilter(status, town);
    }

    private final class Rows extends LazyDataModel<ReferralSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) referrals.list(filter(), 0, 1).total();
        }

        @Override
        public List<ReferralSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            org.projectdesk.referral.boundary.ReferralPage page = referrals.list(filter(), first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ReferralSummary referral) {
            return String.valueOf(referral.id());
        }
    }

    public LazyDataModel<ReferralSummary> getRows() { return rows; }
    public ReferralStatus[] getStatuses() { return ReferralStatus.values(); }
    public ReferralStatus getStatus() { return status; }
    public void setStatus(ReferralStatus status) { this.status = status; }
    public String getTown() { return town; }
    public void setTown(String town) { this.town = town; }
}
