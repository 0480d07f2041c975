package app.tandem.importer.ui;

import app.tandem.importer.ImportService;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.PlanSummary;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;

/**
 * Admins download a whole plan as XLSX or JSON. The file is made when the link is followed, by a
 * service call that checks the signed-in person's rights then (AC-6): no secret URL holds it.
 */
@Route("admin/export")
@Menu(title = "menu.export", order = 21)
@RolesAllowed("ADMIN")
class ExportView extends VerticalLayout implements HasDynamicTitle {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    ExportView(PlanService plans, ImportService importer) {
        add(new H1(getTranslation("export.title")), new Paragraph(getTranslation("export.intro")));
        var list = plans.listPlans();
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("export.empty")));
        }
        for (PlanSummary p : list) {
            String file = fileName(p.title());
            Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = importer.exportXlsx(p.id());
                return new DownloadResponse(new ByteArrayInputStream(bytes), file + ".xlsx", XLSX, bytes.length);
            }), AttachmentType.DOWNLOAD, getTranslation("export.xlsx", p.title()));
            Anchor json = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = importer.exportJson(p.id());
                return new DownloadResponse(new ByteArrayInputStream(bytes), file + ".json", "application/json",
                        bytes.length);
            }), AttachmentType.DOWNLOAD, getTranslation("export.json", p.title()));
            HorizontalLayout links = new HorizontalLayout(xlsx, json);
            links.setWrap(true);
            add(new H2(p.title()), links);
        }
    }

    /** Letters, digits and dashes only: the title is the user's text, the file name must be safe. */
    static String fileName(String title) {
        String safe = title.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return safe.isEmpty() ? "plan" : safe.length() > 80 ? safe.substring(0, 80) : safe;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("export.title") + " | " + getTranslation("app.name");
    }
}
