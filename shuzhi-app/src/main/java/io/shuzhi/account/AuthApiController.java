package io.shuzhi.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.security.core.AuthenticationException;

import java.time.Instant;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Authentication", description = "Bearer tokens for the API")
class AuthApiController {

    private final AuthenticationManager authenticationManager;
    private final ApiTokens tokens;
    private final LoginThrottle throttle;

    AuthApiController(AuthenticationConfiguration configuration, ApiTokens tokens, LoginThrottle throttle) throws Exception {
        this.authenticationManager = configuration.getAuthenticationManager();
        this.tokens = tokens;
        this.throttle = throttle;
    }

    @PostMapping("/token")
    @Operation(summary = "Exchange username and password for a bearer token",
            description = "Send the token as `Authorization: Bearer <token>`. 401 on bad credentials, 429 after repeated failures.")
    TokenResponse token(@Valid @RequestBody TokenRequest request) {
        // checked here as well as in CallerDetailsService: the provider wraps the LockedException thrown there
        // into an InternalAuthenticationServiceException, which would otherwise read as a plain bad login
        if (throttle.isLocked(request.username())) {
            throw new LoginThrottled();
        }
        Caller caller;
        try {
            var auth = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(request.username().trim(), request.password()));
            caller = (Caller) auth.getPrincipal();
        } catch (LockedException e) {
            throw new LoginThrottled();
        } catch (BadCredentialsException | DisabledException e) {
            throw new BadLogin();
        } catch (AuthenticationException e) {
            throw new BadLogin();
        }
        var issued = tokens.issue(caller.id());
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    @DeleteMapping("/token")
    @Operation(summary = "Revoke the token used for this request")
    ResponseEntity<Void> revoke(@RequestHeader("Authorization") String authorization) {
        tokens.revoke(authorization.replaceFirst("(?i)^Bearer\\s+", ""));
        return ResponseEntity.noContent().build();
    }

    record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    static final class BadLogin extends io.shuzhi.shared.DomainException {
        BadLogin() {
            super("auth.bad-credentials", "用户名或密码错误 / Wrong username or password");
        }

        @Override
        public int status() {
            return 401;
        }
    }

    static final class LoginThrottled extends io.shuzhi.shared.DomainException {
        LoginThrottled() {
            super("auth.throttled", "登录失败次数过多，请稍后再试 / Too many failed logins; try again later");
        }

        @Override
        public int status() {
            return 429;
        }
    }
}
