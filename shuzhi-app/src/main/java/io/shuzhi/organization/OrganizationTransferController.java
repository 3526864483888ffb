package io.shuzhi.organization;

import io.shuzhi.account.Caller;
import io.shuzhi.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.List;

/** Import and export from the tree page; a rejected file re-renders the page with the table of row errors. */
@Controller
class OrganizationTransferController {

    private final OrganizationImport importer;
    private final OrganizationExport exporter;
    private final OrganizationService organizations;

    OrganizationTransferController(OrganizationImport importer, OrganizationExport exporter, OrganizationService organizations) {
        this.importer = importer;
        this.exporter = exporter;
        this.organizations = organizations;
    }

    @PostMapping("/organizations/import")
    @PreAuthorize("hasAnyRole('ADMIN','ORGANIZATION_DEPARTMENT')")
    String importFile(@AuthenticationPrincipal Caller caller, @RequestParam("file") MultipartFile file, Model model,
                      RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        try {
            int imported = importer.importFile(caller, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("importedCount", imported);
            return "redirect:/organizations";
        } catch (ImportRejected e) {
            model.addAttribute("importErrors", e.errors());
            model.addAttribute("importMessage", e.getMessage());
        } catch (DomainException e) {
            model.addAttribute("importErrors", List.of());
            model.addAttribute("importMessage", e.getMessage());
        }
        response.setStatus(422);
        model.addAttribute("importFileName", file.getOriginalFilename());
        model.addAttribute("roots", organizations.children(caller, null));
        model.addAttribute("searching", false);
        return "organization/tree";
    }

    @GetMapping("/organizations/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "xlsx") String format,
                                  @RequestParam(required = false) Long rootId) {
        return OrganizationTransferApiController.download(exporter, caller, rootId, OrganizationExport.Format.of(format));
    }
}
