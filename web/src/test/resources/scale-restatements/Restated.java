package fixture;

/** Javadoc may explain the standard 300–850 scale; comments are not scanned. */
class Restated {
  // Neither is this comment about 850.
  String range = "on the 300–850 scale";
  String bottom = "300";
  int clamp(int x) {
    return Math.max(300, Math.min(850, x));
  }
  int[] ends = {300, 850};
  String fine = "about 1,300 rows in 3000 ms";
  int seconds = 300;
  String apostrophe = "it's /* not a comment */ fine";
  int top = 850;
  double centre = 575.0;
  double share = 0.575;
}
