/** Passport sharing: a candidate's revocable consents and the log of employer views. */
package io.skillspassport.sharing.entity;
