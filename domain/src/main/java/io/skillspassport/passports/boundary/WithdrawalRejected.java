package io.skillspassport.passports.boundary;

/** A withdrawal that cannot be made: no such result, no reason, a reason too long. */
public class WithdrawalRejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public WithdrawalRejected(String message) {
    super(message);
  }
}
