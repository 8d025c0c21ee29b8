package org.aifootprint.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.concurrent.atomic.AtomicReference;
import org.aifootprint.domain.shared.InvalidInput;

/**
 * What every backing bean needs to tell the person something: messages, placed at the field they are
 * about when a refused field has a component of the same id on the page.
 */
public final class Pages {

    private Pages() {
    }

    public static void info(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
    }

    public static void error(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
    }

    /** Shows each refused field at its input (found by id) and marks the request as failed validation. */
    public static void show(InvalidInput refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (InvalidInput.FieldError error : refusal.errors()) {
            String clientId = error.field() == null ? null : clientIdOf(faces, error.field());
            String text = clientId == null && error.field() != null ? error.field() + " " + error.message() : capitalised(error.message());
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        faces.validationFailed();
    }

    private static String clientIdOf(FacesContext faces, String field) {
        String id = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        AtomicReference<String> found = new AtomicReference<>();
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (id.equals(component.getId()) && component.isRendered()) {
                found.set(component.getClientId(faces));
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found.get();
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    /** The component of the current request's view with this id, if rendered. */
    public static UIComponent find(String id) {
        String clientId = clientIdOf(FacesContext.getCurrentInstance(), id);
        return clientId == null ? null : FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId);
    }
}
