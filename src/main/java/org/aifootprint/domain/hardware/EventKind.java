package org.aifootprint.domain.hardware;

/** What happened to an asset; each kind moves it to a status. */
public enum EventKind {
    RECEIVED(AssetStatus.IN_STOCK),
    DEPLOYED(AssetStatus.DEPLOYED),
    MOVED(AssetStatus.DEPLOYED),
    REFURBISHED(AssetStatus.IN_STOCK),
    RETIRED(AssetStatus.RETIRED),
    DISPOSED(AssetStatus.DISPOSED);

    private final AssetStatus statusAfter;

    EventKind(AssetStatus statusAfter) {
        this.statusAfter = statusAfter;
    }

    public AssetStatus statusAfter() {
        return statusAfter;
    }

    /** Deploying or moving says where to. */
    public boolean needsFacility() {
        return this == DEPLOYED || this == MOVED;
    }
}
