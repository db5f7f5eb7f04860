package uk.warden.app.account;

/** A token just made: {@code secret} is shown to its owner this once and never stored. */
public record NewToken(ApiToken token, String secret) {}
