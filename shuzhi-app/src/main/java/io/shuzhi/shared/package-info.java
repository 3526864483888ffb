/**
 * What every feature may use: the database set-up, file storage, the error types and the web plumbing.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.shuzhi.shared;
