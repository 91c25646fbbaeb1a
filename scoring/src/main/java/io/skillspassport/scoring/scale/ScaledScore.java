package io.skillspassport.scoring.scale;

/**
 * A θ estimate expressed on the reporting scale (see {@link ReportingScale}).
 *
 * @param unclamped {@code S* = center + slope·θ}, before rounding and clamping
 * @param reported the reported integer score, {@code clamp(floor(S* + 0.5))}
 * @param sem standard error of measurement on the scale, {@code slope·SE(θ)}
 * @param bandLower lower end of the band, {@code floor(M − z·SEM)} clipped to the scale, {@code M =
 *     S*} on the scale and the reported end point off it (see {@link ReportingScale})
 * @param bandUpper upper end of the band, {@code ceil(M + z·SEM)} clipped to the scale
 * @param clamped whether {@code S*} lies outside the reportable range
 */
public record ScaledScore(
    double unclamped, int reported, double sem, int bandLower, int bandUpper, boolean clamped) {}
