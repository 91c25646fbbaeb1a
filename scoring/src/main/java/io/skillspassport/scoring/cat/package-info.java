/**
 * Computerized adaptive testing: an item bank with content tags ({@link
 * io.skillspassport.scoring.cat.ItemBank}), the rules of a test ({@link
 * io.skillspassport.scoring.cat.CatRules}), an immutable session that, given the responses so far,
 * names the next item or says why the test stops ({@link
 * io.skillspassport.scoring.cat.CatSession}), and a seeded simulator ({@link
 * io.skillspassport.scoring.cat.CatSimulator}).
 *
 * <p>References: van der Linden, W. J. &amp; Glas, C. A. W. (eds., 2010), <i>Elements of Adaptive
 * Testing</i>, Springer; Kingsbury, G. G. &amp; Zara, A. R. (1989), Procedures for selecting items
 * for computerized adaptive tests, <i>Applied Measurement in Education</i> 2, 359–375; Sympson, J.
 * B. &amp; Hetter, R. D. (1985), Controlling item-exposure rates in computerized adaptive testing,
 * <i>Proceedings of the 27th annual meeting of the Military Testing Association</i>, 973–977.
 */
package io.skillspassport.scoring.cat;
