/** Persistence building blocks shared by every business component (converters). */
package io.skillspassport.platform.entity;
