package io.shuzhi.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The HTML form for a new user with one grant (more grants are added on the user's page). */
class UserForm {
    @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]*")
    String username;
    @NotBlank @Size(max = 100)
    String displayName;
    @NotBlank @Size(min = 10, max = 200)
    String password;
    @NotNull
    Role role = Role.SECRETARY;
    String organizationCode;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getOrganizationCode() { return organizationCode; }
    public void setOrganizationCode(String organizationCode) { this.organizationCode = organizationCode; }
}
