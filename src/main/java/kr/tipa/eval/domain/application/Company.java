package kr.tipa.eval.domain.application;

import java.time.LocalDate;

/**
 * The applying company as the intake system recorded it.
 *
 * @param businessRegistrationNo null in a panel package, which leaves it out
 */
public record Company(
        String name,
        String businessRegistrationNo,
        String ceoName,
        String address,
        boolean isSme,
        LocalDate foundedOn,
        long employees) {
}
