package io.shuzhi.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The HTML form for creating or editing an organization. */
class OrganizationForm {

    Long parentId;
    @NotBlank @Size(max = 64) @Pattern(regexp = "[\\p{L}\\p{N}._-]*", message = "{organization.code.pattern}")
    String code;
    @NotBlank @Size(max = 200)
    String name;
    @NotNull
    OrganizationKind kind = OrganizationKind.BRANCH;
    @NotNull
    Level level = Level.VILLAGE;
    Sector sector;
    @Size(max = 100)
    String secretaryName;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    LocalDate foundedOn;

    static OrganizationForm of(Organization o) {
        OrganizationForm f = new OrganizationForm();
        f.parentId = o.parentId();
        f.code = o.code();
        f.name = o.name();
        f.kind = o.kind();
        f.level = o.level();
        f.sector = o.sector();
        f.secretaryName = o.secretaryName();
        f.foundedOn = o.foundedOn();
        return f;
    }

    NewOrganization toNew() {
        return new NewOrganization(parentId, code, name, kind, level, sector, blankToNull(secretaryName), foundedOn);
    }

    OrganizationDetails toDetails() {
        return new OrganizationDetails(name.trim(), kind, level, sector, blankToNull(secretaryName), foundedOn);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public OrganizationKind getKind() { return kind; }
    public void setKind(OrganizationKind kind) { this.kind = kind; }
    public Level getLevel() { return level; }
    public void setLevel(Level level) { this.level = level; }
    public Sector getSector() { return sector; }
    public void setSector(Sector sector) { this.sector = sector; }
    public String getSecretaryName() { return secretaryName; }
    public void setSecretaryName(String secretaryName) { this.secretaryName = secretaryName; }
    public LocalDate getFoundedOn() { return foundedOn; }
    public void setFoundedOn(LocalDate foundedOn) { this.foundedOn = foundedOn; }
}
