package org.aifootprint.application;

import jakarta.ejb.ApplicationException;

/**
 * What was asked for does not exist for this caller. Another tenant's record is "not found" too, never
 * "forbidden", so that ids do not reveal what exists elsewhere.
 */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
