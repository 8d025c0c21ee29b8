package org.aifootprint.domain.imports;

public enum ImportStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, DUPLICATE, ROLLED_BACK;

    public boolean isFinished() {
        return this != QUEUED && this != RUNNING;
    }
}
