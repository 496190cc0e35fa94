/* actions (stub) */
