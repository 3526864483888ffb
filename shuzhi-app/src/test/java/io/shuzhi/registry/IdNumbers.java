package io.shuzhi.registry;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid, unique, obviously synthetic ID numbers for tests (region 110101, sequence from a counter). */
public final class IdNumbers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 500));

    private IdNumbers() {
    }

    /** An ID number with the given birth date and gender and a correct check character. */
    public static String of(LocalDate birth, boolean male) {
        int seq = SEQUENCE.incrementAndGet() % 500;
        int sequence = seq * 2 + (male ? 1 : 0);
        // vary the region so the same birth date can be used many times across test runs
        int region = 110101 + (int) (Math.random() * 800);
        String first17 = String.format("%06d%s%03d", region, birth.toString().replace("-", ""), sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }
}
