package io.shuzhi.shared;

/** The request is well-formed but clashes with the current state (an illegal transition, a duplicate). */
public class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        super(code, message);
    }

    @Override
    public int status() {
        return 409;
    }
}
