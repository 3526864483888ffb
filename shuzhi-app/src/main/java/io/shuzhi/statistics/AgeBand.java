package io.shuzhi.statistics;

/**
 * The age bands of the party statistics: 35 and under, 36–54, 55 and over. Age is taken on 31 December of the
 * year, which for a whole-year count is simply year minus birth year (everyone has had their birthday by then).
 */
public enum AgeBand {
    UP_TO_35(0, 35), FROM_36_TO_54(36, 54), FROM_55(55, 200);

    private final int minAge;
    private final int maxAge;

    AgeBand(int minAge, int maxAge) {
        this.minAge = minAge;
        this.maxAge = maxAge;
    }

    public static int ageOnLastDayOf(int year, int birthYear) {
        return year - birthYear;
    }

    public static AgeBand of(int year, int birthYear) {
        int age = ageOnLastDayOf(year, birthYear);
        for (AgeBand band : values()) {
            if (age >= band.minAge && age <= band.maxAge) {
                return band;
            }
        }
        throw new IllegalArgumentException("born after the year counted");
    }

    /** Earliest birth year in the band for a count in {@code year}. */
    public int firstBirthYear(int year) {
        return year - maxAge;
    }

    /** Latest birth year in the band for a count in {@code year}. */
    public int lastBirthYear(int year) {
        return year - minAge;
    }
}
