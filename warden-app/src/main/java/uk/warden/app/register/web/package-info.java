/** The register's web pages (Thymeleaf, GOV.UK Frontend components). */
@NullMarked
package uk.warden.app.register.web;

import org.jspecify.annotations.NullMarked;
