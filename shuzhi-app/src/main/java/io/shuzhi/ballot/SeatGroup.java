package io.shuzhi.ballot;

import java.math.BigDecimal;

/** An evaluator group of a session: its weight in the ballot score and its number of anonymous seats. */
public record SeatGroup(String name, BigDecimal weight, int seats) {
}
