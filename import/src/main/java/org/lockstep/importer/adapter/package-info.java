/** Adapters that translate real-world sources (Twitter, Instaloader, SMM panels) into the dataset format and import them. */
package org.lockstep.importer.adapter;
