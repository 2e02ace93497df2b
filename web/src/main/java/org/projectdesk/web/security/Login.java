package org.projectdesk.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.projectdesk.security.boundary.Logins;
import org.projectdesk.web.shell.Messages;

/** The login page: signs in with user name and password, then goes on to the page first asked for. */
@Named
@RequestScoped
public class Login {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    @EJB
    Logins logins;

    private String username;
    private String password;
    private String continueTo;
    private boolean signedOut;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new UsernamePasswordCredential(username, password)));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeTarget(continueTo));
            faces.responseComplete();
            return;
        }
        if (status == AuthenticationStatus.SEND_FAILURE) {
            // One message for an unknown name, a wrong password and a blocked address alike.
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text("login.invalid"), null));
        }
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + ProjectDeskAuthentication.LOGIN_PAGE + "?signedOut=true");
        faces.responseComplete();
    }

    public boolean isDemoInstallation() {
        return logins.demoInstallation();
    }

    /** Only a path inside this application: never another host ("//host" or "http:"). */
    static String safeTarget(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")
                || target.startsWith(ProjectDeskAuthentication.LOGIN_PAGE)) {
            return "/";
        }
        return target;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
