/** Adapters that translate real-world sources (Twitter, Instaloader, SMM panels) into the dataset format to import. */
package org.lockstep.importer.adapter;
