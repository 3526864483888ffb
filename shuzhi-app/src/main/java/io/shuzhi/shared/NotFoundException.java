package io.shuzhi.shared;

/** The object does not exist, or lies outside the caller's scope: the two are indistinguishable on purpose. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("not-found", what + " " + id + " not found");
    }

    @Override
    public int status() {
        return 404;
    }
}
