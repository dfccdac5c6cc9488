package org.sanxiang.standalone.cmis;

import java.io.File;
import java.util.Map;

import org.apache.chemistry.opencmis.commons.server.CmisServiceFactory;
import org.apache.chemistry.opencmis.commons.server.TempStoreOutputStream;

/** A service factory that hands everything but {@code getService} to the repository's own factory. */
abstract class ForwardingServiceFactory implements CmisServiceFactory {

    final CmisServiceFactory repository;

    ForwardingServiceFactory(CmisServiceFactory repository) {
        this.repository = repository;
    }

    @Override
    public void init(Map<String, String> parameters) {
        repository.init(parameters);
    }

    @Override
    public void destroy() {
        repository.destroy();
    }

    @Override
    public File getTempDirectory() {
        return repository.getTempDirectory();
    }

    @Override
    public boolean encryptTempFiles() {
        return repository.encryptTempFiles();
    }

    @Override
    public int getMemoryThreshold() {
        return repository.getMemoryThreshold();
    }

    @Override
    public long getMaxContentSize() {
        return repository.getMaxContentSize();
    }

    @Override
    public TempStoreOutputStream getTempFileOutputStream(String repositoryId) {
        return repository.getTempFileOutputStream(repositoryId);
    }
}
