package app.tandem.access;

import app.tandem.base.Tenancy;
import java.util.Locale;
import java.util.Objects;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Finds an account by e-mail at sign-in, before anyone is signed in, so it looks across all areas. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final TransactionTemplate readOnly;

    AccountUserDetailsService(AccountRepository accounts, org.springframework.transaction.PlatformTransactionManager tm) {
        this.accounts = accounts;
        this.readOnly = new TransactionTemplate(tm);
        this.readOnly.setReadOnly(true);
    }

    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NEVER)
    public UserDetails loadUserByUsername(String username) {
        String email = username.trim().toLowerCase(Locale.ROOT);
        return Tenancy.callAsSystem(() -> readOnly.execute(status -> accounts.findByEmail(email)
                .map(AccountUserDetailsService::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown account"))));
    }

    static TandemUser toUser(Account a) {
        return new TandemUser(Objects.requireNonNull(a.getId()), Objects.requireNonNull(a.getAreaId()), a.getEmail(),
                a.getDisplayName(), a.getRole(), a.getOrganisationId(), a.isEnabled(), a.getPasswordHash());
    }
}
