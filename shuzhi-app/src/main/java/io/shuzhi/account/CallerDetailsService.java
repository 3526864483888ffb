package io.shuzhi.account;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads a {@link Caller} for Spring Security, refusing throttled usernames before the password is checked. */
@Service
class CallerDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final LoginThrottle throttle;

    CallerDetailsService(UserRepository users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (throttle.isLocked(username)) {
            throw new LockedException("Too many failed logins; try again later");
        }
        return users.findByUsername(username.trim()).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
