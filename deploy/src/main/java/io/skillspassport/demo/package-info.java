/**
 * Demo and benchmark data: a command-line tool that migrates a database and fills it with the demo
 * organisations, a demo candidate's passport and, on request, many synthetic candidates. Never part
 * of the portal itself.
 */
package io.skillspassport.demo;
