/**
 * Passport sharing: the candidate's opt-in, revocable shares with employer organisations and their
 * "viewed by" list, and the employer side that may read a passport only while it is shared.
 */
package io.skillspassport.sharing.boundary;
