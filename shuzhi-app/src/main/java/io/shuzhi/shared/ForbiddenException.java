package io.shuzhi.shared;

/** The caller can see the object but its role does not allow this action on it. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String code, String message) {
        super(code, message);
    }

    @Override
    public int status() {
        return 403;
    }
}
