package io.shuzhi.ballot;

/** A single-use ballot token and the group of the seat it stands for. */
public record IssuedToken(String group, String token) {
}
