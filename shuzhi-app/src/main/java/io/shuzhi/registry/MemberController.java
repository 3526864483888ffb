package io.shuzhi.registry;

import io.shuzhi.account.Caller;
import io.shuzhi.organization.Organization;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The member pages: the masked list of a subtree, import with a progress bar (the import runs in the background
 * and the page polls with htmx; without JavaScript it refreshes itself), export and reveal.
 */
@Controller
class MemberController {

    // one import at a time per node: imports are I/O- and lock-heavy, and queueing keeps them predictable
    private final ExecutorService imports = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "member-import");
        t.setDaemon(true);
        return t;
    });

    private final MemberService members;
    private final MemberImporter importer;
    private final ImportProgress progress;
    private final OrganizationService organizations;
    private final MemberExporter exporter;

    MemberController(MemberService members, MemberImporter importer, ImportProgress progress, OrganizationService organizations,
                     MemberExporter exporter) {
        this.members = members;
        this.importer = importer;
        this.progress = progress;
        this.organizations = organizations;
        this.exporter = exporter;
    }

    @GetMapping("/registry/members")
    String list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                @RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int page, Model model) {
        Organization root = root(caller, organizationId);
        model.addAttribute("org", root);
        model.addAttribute("name", name);
        model.addAttribute("result", members.list(caller, root.id(), name, Math.max(0, page), 50));
        model.addAttribute("mayReveal", members.mayReveal(caller, root.id()));
        return "registry/members";
    }

    @PostMapping("/registry/members/{id}/reveal")
    String reveal(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("member", members.get(caller, id));
        model.addAttribute("revealed", members.reveal(caller, id));
        return "registry/revealed";
    }

    @PostMapping("/registry/members/import")
    String startImport(@AuthenticationPrincipal Caller caller, @RequestParam("file") MultipartFile file) {
        Path temp = Uploads.toTempFile(file);
        String fileName = file.getOriginalFilename();
        ImportProgress.Tracker tracker = progress.start(caller.id(), "members", file.getSize());
        imports.submit(new DelegatingSecurityContextRunnable(() -> {
            try {
                importer.importFile(caller, temp, fileName, tracker);
            } catch (SheetReader.UnreadableFile e) {
                tracker.failure = e.getMessage();
            } catch (RuntimeException e) {
                tracker.failure = "导入失败，请稍后重试";
                throw e;
            } finally {
                Uploads.delete(temp);
            }
        }));
        return "redirect:/registry/imports/" + tracker.id;
    }

    /** The whole page, or only the progress panel when htmx polls. */
    @GetMapping("/registry/imports/{id}")
    String importStatus(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                        @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                        HttpServletResponse response) {
        ImportProgress.Tracker tracker = progress.find(id, caller.id()).orElseThrow(() -> new NotFoundException("Import", id));
        model.addAttribute("tracker", tracker);
        if (!tracker.done()) {
            response.setHeader("Refresh", "2"); // without JavaScript the page reloads itself
        }
        return htmx != null ? "registry/import :: progress" : "registry/import";
    }

    private Organization root(Caller caller, Long organizationId) {
        if (organizationId != null) {
            return organizations.get(caller, organizationId);
        }
        List<Organization> roots = organizations.children(caller, null);
        if (roots.isEmpty()) {
            throw new NotFoundException("Organization", "scope");
        }
        return roots.get(0);
    }

    @GetMapping("/registry/members/export")
    void export(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId,
                @RequestParam(defaultValue = "false") boolean reveal, HttpServletResponse response) throws IOException {
        Organization root = exporter.authorize(caller, organizationId, reveal);
        exporter.export(caller, root, reveal, MemberApiController.download(response, root.code() + "-党员.xlsx", MemberApiController.XLSX));
    }

    @GetMapping("/registry/members/template")
    void template(@RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
        boolean csv = "csv".equalsIgnoreCase(format);
        exporter.template(MemberApiController.download(response, csv ? "党员导入模板.csv" : "党员导入模板.xlsx",
                csv ? new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : MemberApiController.XLSX), csv);
    }
}
