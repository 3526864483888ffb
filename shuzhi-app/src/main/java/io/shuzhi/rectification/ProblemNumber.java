package io.shuzhi.rectification;

/**
 * The number users quote: organization code, year of creation and a per-(organization, year) sequence, e.g.
 * {@code SUIXIAN-2015-007}. The code rather than the name, because names change and codes are unique.
 */
record ProblemNumber(String organizationCode, int year, int sequence) {

    ProblemNumber {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
    }

    @Override
    public String toString() {
        return String.format("%s-%d-%03d", organizationCode, year, sequence);
    }
}
