package io.shuzhi.bulletin;

import io.shuzhi.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Map;

@RestController
@Tag(name = "Bulletin", description = "The published compilation: editor's note and all accepted reports")
class BulletinApiController {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final BulletinService bulletins;
    private final BulletinPdf pdf;
    private final BulletinDocx docx;
    private final BulletinHtml html;

    BulletinApiController(BulletinService bulletins, BulletinPdf pdf, BulletinDocx docx, BulletinHtml html) {
        this.bulletins = bulletins;
        this.pdf = pdf;
        this.docx = docx;
        this.html = html;
    }

    @PostMapping("/api/campaigns/{id}/bulletin/publish")
    @Operation(summary = "Publish: accepted reports become PUBLISHED and the editor's note is kept (409 when none is accepted)")
    Map<String, Object> publish(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody PublishRequest request) {
        return Map.of("published", bulletins.publish(caller, id, request.editorNote()).size());
    }

    @GetMapping("/api/campaigns/{id}/bulletin.pdf")
    @Operation(summary = "The bulletin as PDF, Chinese font embedded")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return file(pdf.render(bulletins.bulletin(caller, id)), MediaType.APPLICATION_PDF, "bulletin-" + id + ".pdf");
    }

    @GetMapping("/api/campaigns/{id}/bulletin.docx")
    @Operation(summary = "The bulletin as Word .docx")
    ResponseEntity<byte[]> docx(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return file(docx.render(bulletins.bulletin(caller, id)), DOCX, "bulletin-" + id + ".docx");
    }

    @GetMapping("/api/campaigns/{id}/bulletin.html")
    @Operation(summary = "The bulletin as a standalone HTML document")
    ResponseEntity<String> html(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html.render(bulletins.bulletin(caller, id)));
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    record PublishRequest(String editorNote) {
    }
}
